import { expectCriterion, expectNoError } from '../helpers/model';

/**
 * More readings with compliant twins that share their words (see clause-readings.test.ts). The
 * examples are wordings of our own, not copies of a fixture's clauses.
 */
describe('clause model readings (2)', () => {
  it('reads changes and distribution kept to the licensor, but not the licence terms or a name', () => {
    expectCriterion(['Only the original authors may modify the Engine.', 'Only the maintainers may make changes to the parser files.'], 3);
    expectCriterion(['Only the Licensor may distribute the Toolkit.', 'Only we may redistribute copies of the Model.'], 1);
    expectNoError([
      'Only the Licensor may change the terms of this Licence.',
      'Only the Licensor may distribute official builds under the Acme name.',
      'Only changes to Marlow\'s own source files are covered by our licence; your plugins may carry any licence.',
    ]);
  });

  it('reads rights that wait on a signature or a registration', () => {
    expectCriterion([
      'Before you may install or redistribute the Tool, you must sign the Vellum Contributor Licence Agreement and send it to the Vellum Trust.',
      'Your licence ends automatically if you fail to register each deployment on the Licensor\'s portal within two weeks.',
      'For a company, this licence becomes valid only when a director signs the Corporate Adoption Form.',
    ], 7);
    expectNoError([
      'Before we can merge your pull request, we ask you to sign the Vellum Contributor Licence Agreement.',
      'Your licence does not end if you choose not to register a deployment; registration only brings update notices.',
      'For a company, this licence is valid without any director signing the Corporate Adoption Form.',
    ]);
  });

  it('reads other software by where it stands, and a request that the next sentence enforces', () => {
    expectCriterion([
      'If the Library is committed to a repository, every other file in that repository must be licensed under this Licence.',
      'Do not put the Agent on the same disk image as any ad-blocking extension.',
      'Please don\'t ship the Agent in any server image that also contains a crypto miner. If you do, your licence is void.',
    ], 9);
    expectNoError([
      'If the Library is committed to a repository, every other file in that repository may keep its own licence.',
      'You may put the Agent on the same disk image as any other program.',
      'Please don\'t ship the Agent in any server image that also contains a crypto miner. That is only a wish; your licence stays valid either way.',
    ]);
  });

  it('reads a policy that may change, source kept for subscribers, a licence denied at will, a part taken out, a watchlist and a service tie', () => {
    expectCriterion(['Use of the Weights is subject to the Brightwater Use Policy, which is incorporated in this licence and may be amended from time to time.'], 6);
    expectCriterion(['The source of the Engine is available to holders of a Gold Support contract.'], 2);
    expectCriterion(['The Licensor reserves the right to deny this licence to any person whose opinions it considers harmful.', 'The Library may not be used by anyone on the Licensor\'s internal blacklist.'], 5);
    expectCriterion(['If a module is taken out of the Corvid Studio bundle and shipped separately, the rights in this licence no longer apply to it.', 'The SDK may be used only to connect to the Ravel Cloud service.'], 8);
    expectCriterion(['If you download it from a mirror, you are not covered until you fill out the registration form on our website.'], 7);
    expectNoError([
      'Use of the Weights is not subject to the Brightwater Use Policy, which governs only the hosted demo and may be amended from time to time.',
      'The source of the Engine is available to everyone; holders of a Gold Support contract also get priority fixes.',
      'The Licensor reserves the right to ban any person whose conduct it considers harmful from its own chat rooms; that does not touch anyone\'s licence.',
      'If a module is taken out of the Corvid Studio bundle and shipped separately, the rights in this licence continue to apply to it.',
      'When version 2 was published, the attribution rule no longer applied.',
      'The SDK may be used to connect to the Ravel Cloud service or to any other compatible service.',
      'If you download it from a mirror, you are covered all the same; the registration form on our website only signs you up for news.',
    ]);
  });

  it('reads the licensor ending the licence of a class, even beside words of breach', () => {
    expectCriterion(['The Licensor will treat any such export as a breach and will terminate the licence of anyone who is a resident of a listed country.'], 5);
    expectNoError(['The Licensor will not treat any such export as a breach and will not terminate anyone\'s licence because of where they live.']);
  });

  it('keeps words that only look like force clean', () => {
    expectNoError([
      'Every changed file must stay under this Licence, provided that files you wrote that contain no Library code may be licensed as you like.',
      'When you ship binaries, keep the matching source archive downloadable without charge for at least three years.',
      'If you hand someone a binary, hand them the source too. You can\'t charge more than the copying cost for the source.',
      'When passing on a modified version:\n- keep it under this Licence;\n- provide the source in the form you yourself use to edit it, not a minified form.',
      'This Licence grants no right to access or use a Licensor Server, except where the Licensor agrees to provide access.',
      'Q: The hosted edition has panels I can\'t find in the repository. Is that allowed?\nA: Yes. The hosted edition is covered by its own terms, not the code licence, and you can host the code yourself however you like.',
      'This Licence does not govern runtime dependencies or any other software.',
      'We describe, on our website, the kinds of projects we personally will and won\'t help with; the licence lets anyone use the code for any purpose.',
      'The Licensor prohibits no one from selling copies of the Software.',
      'This licence does not name any sanctioned country, and will not be read as if it did.',
      'The Company cannot, however, revoke the open licence for code already published.',
      'This licence reaches organisations of every size, including those with more than 10,000 employees.',
      'Source code must be published; the Licensor chooses only which public hosting site to use.',
    ]);
  });

  it('keeps history notes, quotations and lists of what nobody must do clean', () => {
    expectNoError([
      'Releases before 4.0 used the Kestrel Community Licence, which forbade use by firms with more than 20 employees; that licence was never approved by the OSI.',
      'The 2015 edition of this licence prohibited use of the Software in advertising. The 2019 edition dropped that sentence.',
      'Version 3 of this Licence: (1) removed the clause that prohibited commercial use; (2) removed the requirement to obtain written consent before redistribution.',
      'People sometimes believe this licence says the following; none of these is part of it: \'research use only\'; \'no use by competitors\'.',
      'Nothing in this Licence obliges you to:\n1. distribute the Program at all;\n2. refrain from using the Program for commercial or military purposes.',
      'The Licensee is not obliged to:\n(a) distribute the Work only through an approved store;\n(b) accept any click-through agreement.',
      'Nothing in this Licence shall be construed to:\n\u2014 forbid you from charging for an aggregate;\n\u2014 require that other works on the same medium be free software.',
      'This Licence is granted to every person, including:\n- employees of companies with annual revenue above USD 5 billion;\n- competitors of the Licensor.',
    ]);
    expectCriterion(['Version 3 of this Licence: (1) kept the clause that prohibits use for military purposes; (2) removed the requirement to register.'], 6);
  });
});
